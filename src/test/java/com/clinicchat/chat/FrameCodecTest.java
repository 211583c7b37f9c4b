package com.clinicchat.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Frames in and out, field by field. */
class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec();

    private void refused(String frame, String code) {
        assertThatThrownBy(() -> codec.decode(frame)).isInstanceOfSatisfying(FrameException.class,
                e -> assertThat(e.code()).as(frame).isEqualTo(code));
    }

    @Test
    void framesAreReadWithTheirDefaultsAndUnknownFieldsIgnored() {
        assertThat(codec.decode("{\"type\":\"start\",\"extra\":1}")).isEqualTo(new ClientFrame.Start());
        assertThat(codec.decode("{\"type\":\"resume\",\"conversationId\":\"c\",\"token\":\"t\"}"))
                .isEqualTo(new ClientFrame.Resume("c", "t", 0));
        assertThat(codec.decode("{\"type\":\"message\",\"clientMessageId\":\"m\",\"text\":\"  hi  \"}"))
                .isEqualTo(new ClientFrame.Message("m", "hi"));
        assertThat(codec.decode("{\"type\":\"callback\",\"name\":\"Ann\",\"contact\":\"ann@example.com\"}"))
                .isEqualTo(new ClientFrame.Callback("Ann", "ann@example.com", null));
    }

    @Test
    void badFieldsAreNamed() {
        refused("{\"type\":\"resume\",\"conversationId\":\"c\",\"token\":\"t\",\"afterSeq\":\"3\"}", "missing_field");
        refused("{\"type\":\"resume\",\"conversationId\":\"c\",\"token\":\"t\",\"afterSeq\":1.5}", "missing_field");
        refused("{\"type\":\"message\",\"clientMessageId\":\"" + "m".repeat(65) + "\",\"text\":\"hi\"}", "too_long");
        refused("{\"type\":\"message\",\"clientMessageId\":7,\"text\":\"hi\"}", "missing_field");
        refused("{\"type\":\"callback\",\"name\":\"Ann\",\"contact\":\"ann@example.com\",\"note\":\""
                + "n".repeat(1001) + "\"}", "too_long");
        refused("{\"type\":5}", "missing_field");
        refused("\"start\"", "malformed_json");
        refused("", "malformed_json");
    }

    @Test
    void serverFramesLeadWithTheirTypeAndLeaveOutEmptyFields() {
        assertThat(codec.encode(new ServerFrame.Error("too_long", "Too long.", null)))
                .isEqualTo("{\"type\":\"error\",\"code\":\"too_long\",\"message\":\"Too long.\"}");
        assertThat(codec.encode(new ServerFrame.Message(3, null, "bot", null, "Hi", "answer", List.of(), false,
                "s-1", "2026-01-01T00:00:00Z", null)))
                .isEqualTo("{\"type\":\"message\",\"seq\":3,\"author\":\"bot\",\"text\":\"Hi\",\"route\":\"answer\","
                        + "\"citations\":[],\"urgent\":false,\"streamId\":\"s-1\","
                        + "\"createdAt\":\"2026-01-01T00:00:00Z\"}");
    }
}
