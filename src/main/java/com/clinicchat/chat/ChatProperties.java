package com.clinicchat.chat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The visitor chat socket ({@code /ws/chat}).
 *
 * @param allowedOrigins       origins besides the page's own that may open the socket (e.g. the clinic's website
 *                             embedding the widget), as origin patterns ({@code https://*.clinic.example},
 *                             {@code http://localhost:*}); empty: same origin only. Clients that send no Origin
 *                             header (not browsers) are not affected.
 * @param maxFrameSize         the longest text frame, in characters (16KB: 16,384); a longer one gets a {@code too_big}
 *                             error and the socket is closed with 1009 (too big)
 * @param pingInterval         how often the server pings each socket
 * @param pongTimeout          a socket silent this long (no pong, no frame) is closed
 * @param connectionRateLimit  frames per {@code connectionRatePeriod} one socket may send (typing excepted)
 * @param connectionRatePeriod the period the connection limit refills over
 * @param ipRateLimit          frames per {@code ipRatePeriod} all sockets from one address may send together
 * @param ipRatePeriod         the period the address limit refills over
 * @param typingInterval       visitor typing signals closer together than this are dropped
 * @param historyTurns         earlier messages given to the assistant to understand follow-ups
 * @param retention            closed conversations older than this are deleted, with their messages
 * @param sendTimeLimit        a socket that cannot take a frame for this long is closed
 * @param sendBufferSize       a socket with this much unsent is closed
 * @param maxSocketsPerAddress visitor sockets one address may hold open (many visitors can share an office's or a
 *                             mobile carrier's address), across the nodes with the {@code cluster} profile; more
 *                             are closed with 1008
 * @param maxSockets           visitor sockets this node holds in all; more are closed with 1013. Keep it well
 *                             below {@code server.tomcat.max-connections}, so HTTP always has connections left
 * @param inactivityClose      a conversation (not closed) with no message and no state change for this long is
 *                             closed, so that retention applies to it
 */
@Validated
@ConfigurationProperties("clinicchat.chat")
public record ChatProperties(List<String> allowedOrigins,
                             @NotNull @DefaultValue("16KB") DataSize maxFrameSize,
                             @NotNull @DefaultValue("25s") Duration pingInterval,
                             @NotNull @DefaultValue("60s") Duration pongTimeout,
                             @Min(1) @DefaultValue("10") int connectionRateLimit,
                             @NotNull @DefaultValue("10s") Duration connectionRatePeriod,
                             @Min(1) @DefaultValue("600") int ipRateLimit,
                             @NotNull @DefaultValue("1m") Duration ipRatePeriod,
                             @NotNull @DefaultValue("2s") Duration typingInterval,
                             @Min(0) @DefaultValue("20") int historyTurns,
                             @NotNull @DefaultValue("P90D") Duration retention,
                             @NotNull @DefaultValue("10s") Duration sendTimeLimit,
                             @NotNull @DefaultValue("512KB") DataSize sendBufferSize,
                             @Min(1) @DefaultValue("100") int maxSocketsPerAddress,
                             @Min(1) @DefaultValue("12000") int maxSockets,
                             @NotNull @DefaultValue("P1D") Duration inactivityClose) {

    public ChatProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
