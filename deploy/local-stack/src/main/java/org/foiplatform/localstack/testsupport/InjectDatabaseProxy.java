package org.foiplatform.localstack.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link TcpProxy} field of a test to receive the proxy in front of the test's database, when
 * {@link PostgresDatabaseResource} is given the init argument {@code proxy=true}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectDatabaseProxy {
}
