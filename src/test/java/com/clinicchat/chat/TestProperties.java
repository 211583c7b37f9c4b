package com.clinicchat.chat;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

/** {@link ChatProperties} bound as the application binds them: defaults, overridden by {@code properties}. */
final class TestProperties {

    private TestProperties() {
    }

    static ChatProperties chat(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("clinicchat.chat", ChatProperties.class);
    }
}
