package com.clinicchat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ClinicChatApplicationTests {
    @Test
    void contextLoads() {
    }
}
