package com.clinicchat.staff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts in the database: the first admin, sign-in with the form, admins adding and disabling accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.staff.admin-username=Boss", "clinicchat.staff.admin-password=first-admin-password",
        "clinicchat.staff.admin-display-name=Robin"})
class StaffAccountsTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theFirstAdminComesFromConfigurationWithABcryptHash() throws Exception {
        StaffAccount admin = accounts.find("boss").orElseThrow();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(admin.displayName()).isEqualTo("Robin");
        assertThat(jdbc.sql("SELECT password_hash FROM staff_account WHERE username = 'boss'").query(String.class)
                .single()).startsWith("{bcrypt}$2");
        try (StaffHttp admin1 = new StaffHttp(port)) {
            assertThat(admin1.signIn("boss", "first-admin-password")).isTrue();
            String cookie = admin1.lastSignIn().headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(admin1.get("/api/admin/staff").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAdminAddsAnAccountThatSignsInAndDisablesItSoItCannotAnyMore() throws Exception {
        String username = unique("dana");
        try (StaffHttp admin = new StaffHttp(port); StaffHttp dana = new StaffHttp(port)) {
            assertThat(admin.signIn("boss", "first-admin-password")).isTrue();
            Map<String, String> body = Map.of("username", username, "displayName", "Dana" + username,
                    "password", PASSWORD);
            assertThat(admin.post("/api/admin/staff", body, false).statusCode()).as("no CSRF token").isEqualTo(403);
            HttpResponse<String> created = admin.post("/api/admin/staff", body);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(admin.json(created).path("role").asString()).isEqualTo("STAFF");
            assertThat(created.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");

            assertThat(dana.signIn(username, "wrong password!")).isFalse();
            assertThat(dana.signIn(username, PASSWORD)).isTrue();
            assertThat(dana.get("/api/staff/me").statusCode()).isEqualTo(200);
            assertThat(dana.get("/api/admin/staff").statusCode()).as("staff are not admins").isEqualTo(403);

            HttpResponse<String> disabled = admin.post("/api/admin/staff/" + username + "/disable", null);
            assertThat(disabled.statusCode()).isEqualTo(200);
            assertThat(admin.json(disabled).path("enabled").asBoolean()).isFalse();

            assertThat(dana.get("/api/staff/me").statusCode()).as("the open session is refused").isEqualTo(401);
            try (StaffHttp again = new StaffHttp(port)) {
                assertThat(again.signIn(username, PASSWORD)).isFalse();
                assertThat(again.lastSignIn().headers().firstValue("Location").orElseThrow())
                        .endsWith("/staff/login?error");
            }
        }
    }

    @Test
    void badOrDuplicateAccountsAreRefusedWithAReason() throws Exception {
        String username = unique("lee");
        try (StaffHttp admin = new StaffHttp(port)) {
            assertThat(admin.signIn("boss", "first-admin-password")).isTrue();
            assertThat(admin.post("/api/admin/staff", Map.of("username", username, "displayName", "Lee" + username,
                    "password", PASSWORD, "role", "ADMIN")).statusCode()).isEqualTo(201);

            HttpResponse<String> sameName = admin.post("/api/admin/staff", Map.of("username", unique("x"),
                    "displayName", "LEE" + username.toUpperCase(), "password", PASSWORD));
            assertThat(sameName.statusCode()).isEqualTo(409);
            assertThat(admin.post("/api/admin/staff", Map.of("username", username, "displayName", "Other",
                    "password", PASSWORD)).statusCode()).isEqualTo(409);
            HttpResponse<String> shortPassword = admin.post("/api/admin/staff", Map.of("username", unique("y"),
                    "displayName", "Y", "password", "short"));
            assertThat(shortPassword.statusCode()).isEqualTo(400);
            assertThat(admin.json(shortPassword).path("code").asString()).isEqualTo("invalid_password");
            assertThat(admin.post("/api/admin/staff/boss/disable", null).statusCode())
                    .as("not one's own account").isEqualTo(400);
            assertThat(admin.post("/api/admin/staff/nobody-here/disable", null).statusCode()).isEqualTo(404);
        }
    }
}
