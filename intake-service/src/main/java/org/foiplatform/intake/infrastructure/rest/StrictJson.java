package org.foiplatform.intake.infrastructure.rest;

import java.io.IOException;

import jakarta.inject.Singleton;

import org.foiplatform.intake.domain.Text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The API reads JSON strictly: an object with a key twice ({@code {"name": "a", "name": "b"}}: which one did the
 * sender mean?) is refused, and so is a string holding NUL ({@code \u0000}, which PostgreSQL cannot store) or half a
 * UTF-16 surrogate pair ({@code \ud800} alone, which is no character and which no encoding can carry on). Each
 * answers 400 naming the field where it can ({@link ProblemMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        SimpleModule strings = new SimpleModule("intake-strict-strings");
        strings.addDeserializer(String.class, new StrictStrings());
        mapper.registerModule(strings);
    }

    /** A string with NUL or an unpaired surrogate; Jackson adds the path of the field where it was found. */
    public static final class UnreadableText extends InvalidFormatException {
        UnreadableText(JsonParser parser, String value) {
            super(parser, "Text with NUL or half a surrogate pair", value, String.class);
        }
    }

    static final class StrictStrings extends StdScalarDeserializer<String> {
        StrictStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.indexOf('\0') >= 0 || Text.hasUnpairedSurrogates(value))) {
                throw new UnreadableText(parser, value);
            }
            return value;
        }
    }
}
