package org.foiplatform.response.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void text_is_escaped_and_only_the_markers_become_mark_elements() {
        assertThat(Snippets.toHtml("a <script>alert('x')</script> & \u0002repairs\u0003 \"done\""))
                .isEqualTo("a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>repairs</mark> &quot;done&quot;");
    }

    @Test
    void an_unclosed_marker_is_closed_and_a_stray_one_ignored() {
        assertThat(Snippets.toHtml("\u0003a \u0002b")).isEqualTo("a <mark>b</mark>");
        assertThat(Snippets.toHtml(null)).isNull();
    }
}
