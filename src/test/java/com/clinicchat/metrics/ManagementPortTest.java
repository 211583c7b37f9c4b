package com.clinicchat.metrics;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scrapers' other option: actuator on a port of its own (e.g. reachable only inside the clinic's network). The
 * public port then has no metrics at all, and the management port keeps the same rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "clinicchat.metrics.scrape-token=" + PrometheusEndpointTest.TOKEN})
class ManagementPortTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortHasNoMetricsAndTheManagementPortStillWantsTheToken() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        String token = "Bearer " + PrometheusEndpointTest.TOKEN;
        assertThat(PrometheusEndpointTest.scrape(port, null, token).statusCode()).isEqualTo(404);
        assertThat(PrometheusEndpointTest.scrape(managementPort, null, null).statusCode()).isEqualTo(401);
        assertThat(PrometheusEndpointTest.scrape(managementPort, null, token).statusCode()).isEqualTo(200);
    }
}
