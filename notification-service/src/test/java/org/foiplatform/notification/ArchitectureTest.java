package org.foiplatform.notification;

import org.foiplatform.localstack.testsupport.LayeringRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_domain_uses_no_framework_and_no_layer_reaches_into_infrastructure() {
        LayeringRules.check("org.foiplatform.notification");
    }
}
