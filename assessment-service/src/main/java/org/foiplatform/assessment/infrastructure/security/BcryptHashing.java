package org.foiplatform.assessment.infrastructure.security;

import java.security.GeneralSecurityException;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.PasswordHashing;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt in the Modular Crypt Format ({@code $2a$10$...}), salt and cost inside the hash, by Elytron. */
@ApplicationScoped
public class BcryptHashing implements PasswordHashing {

    private final int cost;

    public BcryptHashing(AssessmentConfig config) {
        this.cost = config.accounts().bcryptCost();
    }

    @Override
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    @Override
    public boolean matches(String password, String storedHash) {
        try {
            Password stored = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
