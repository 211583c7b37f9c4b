package com.clinicchat.staff;

import com.clinicchat.HardeningTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing staff passwords is slowed down per account and per address, over real HTTP through the proxy's
 * {@code X-Forwarded-For}; failures are logged with username and address and never the password; the account's
 * owner, signing in from elsewhere, is not locked out.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest extends HardeningTestSupport {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    StaffAccounts accounts;

    private String account(String name) {
        return accounts.create(new NewStaffAccount(name, name + " T.", PASSWORD, StaffRole.STAFF)).username();
    }

    @Test
    void anAccountIsThrottledFromTheGuessingAddressOnly(CapturedOutput output) throws Exception {
        String nurse = account("nurse-throttle");
        try (StaffHttp attacker = new StaffHttp(port, "198.51.100.66");
             StaffHttp owner = new StaffHttp(port, "192.0.2.10")) {
            for (int i = 0; i < 3; i++) {
                assertThat(attacker.signIn(nurse, "guess number " + i)).isFalse();
                assertThat(attacker.lastSignIn().statusCode()).isEqualTo(302);
            }
            assertThat(attacker.signIn(nurse, PASSWORD)).as("even the right password waits").isFalse();
            HttpResponse<String> throttled = attacker.lastSignIn();
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();

            assertThat(owner.signIn(nurse, PASSWORD)).as("the owner, from her own address").isTrue();
        }
        assertThat(output.getOut()).contains("Failed staff sign-in: username=" + nurse + " from 198.51.100.66")
                .contains("Staff sign-in throttled: username=" + nurse + " from 198.51.100.66")
                .doesNotContain("guess number");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() throws Exception {
        try (StaffHttp sprayer = new StaffHttp(port, "198.51.100.77")) {
            for (int i = 0; i < 6; i++) {
                assertThat(sprayer.signIn("someone" + i, "Winter2026!")).isFalse();
                assertThat(sprayer.lastSignIn().statusCode()).isEqualTo(302);
            }
            sprayer.signIn("someone-else", "Winter2026!");
            assertThat(sprayer.lastSignIn().statusCode()).isEqualTo(429);
        }
    }
}
