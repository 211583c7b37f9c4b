package com.clinicchat.answering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline answerer is always there: it is the default and the LLM answerer's fallback. */
@Configuration(proxyBeanMethods = false)
class AnsweringConfig {

    @Bean
    OfflineAnswerGenerator offlineAnswerGenerator() {
        return new OfflineAnswerGenerator();
    }
}
