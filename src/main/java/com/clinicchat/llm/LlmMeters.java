package com.clinicchat.llm;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;

/**
 * The LLM's meters: calls that failed at the provider (as LangChain4j's listener reports them, for answers and
 * triage opinions alike), and answers replaced by the offline answer, by why.
 */
public class LlmMeters implements ChatModelListener {

    private final MeterRegistry registry;

    LlmMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        Counter.builder("clinicchat.llm.errors")
                .description("LLM calls that failed at the provider (errors, refused connections, timeouts)")
                .tag("error", context.error().getClass().getSimpleName())
                .register(registry)
                .increment();
    }

    /** An LLM answer was replaced by the offline answer; {@code why} is the generator's reason, in words. */
    void fallback(String why) {
        Counter.builder("clinicchat.llm.fallbacks")
                .description("LLM answers replaced by the offline answer, by reason")
                .tag("reason", reason(why))
                .register(registry)
                .increment();
    }

    /** A few stable reasons from the generator's words, so that the tag's values stay few. */
    static String reason(String why) {
        String text = why.toLowerCase(Locale.ROOT);
        if (text.contains("within")) {
            return "timeout";
        }
        if (text.startsWith("provider error") || text.contains("exception")) {
            return "provider_error";
        }
        if (text.contains("unsupported")) {
            return "ungrounded";
        }
        if (text.contains("system prompt")) {
            return "prompt_leak";
        }
        if (text.contains("not cover") || text.contains("no passages")) {
            return "not_covered";
        }
        return "other";
    }
}
