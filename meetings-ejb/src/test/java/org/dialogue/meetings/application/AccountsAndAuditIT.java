package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.testing.TestUsers;
import org.dialogue.meetings.testing.WhoAmI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AccountsAndAuditIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create(AccountsAndAuditIT.class);
    }

    @Inject
    private TestUsers users;

    @EJB
    private AccountService accountService;

    @EJB
    private WhoAmI whoAmI;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    @Test
    void eachRoleWrapperCallsAsTheAccountMappedToItsRole() {
        assertThat(users.administrator().call(whoAmI::describe)).isEqualTo("admin [ADMINISTRATOR]");
        assertThat(users.secretariat().call(whoAmI::describe)).isEqualTo("it-secretariat [SECRETARIAT]");
        assertThat(users.delegate().call(whoAmI::describe)).isEqualTo("it-delegate [DELEGATE]");
        assertThat(users.observer().call(whoAmI::describe)).isEqualTo("it-observer [OBSERVER]");
        assertThat(users.anonymous().call(whoAmI::describe)).isEqualTo("ANONYMOUS []");
        assertThat(users.administrator().call(accountService::me).getUsername()).isEqualTo(TestUsers.ADMINISTRATOR);
        assertThat(users.secretariat().call(accountService::me).getUsername()).isEqualTo(TestUsers.SECRETARIAT);
        assertThat(users.delegate().call(accountService::me).getUsername()).isEqualTo(TestUsers.DELEGATE);
        assertThat(users.observer().call(accountService::me).getUsername()).isEqualTo(TestUsers.OBSERVER);
    }
}
