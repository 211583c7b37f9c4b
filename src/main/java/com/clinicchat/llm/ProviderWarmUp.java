package com.clinicchat.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Once the application is up, calls the provider twice in the background (a short blocking call and a short
 * streamed one): the first real calls of the HTTP and JSON machinery take seconds on a cold JVM, and no visitor's
 * first message should pay for them, nor have its time limit spent on them. The outcomes count with the breaker:
 * a provider that is down at start-up is skipped from the first message on.
 */
final class ProviderWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProviderWarmUp.class);

    private final ChatModel blocking;
    private final StreamingChatModel streaming;
    private final ProviderBreaker breaker;
    private final Duration timeLimit;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    ProviderWarmUp(ChatModel blocking, StreamingChatModel streaming, ProviderBreaker breaker, Duration timeLimit) {
        this.blocking = blocking;
        this.streaming = streaming;
        this.breaker = breaker;
        this.timeLimit = timeLimit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread.ofVirtual().name("llm-warm-up").start(this::warmUp);
    }

    private void warmUp() {
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from(LlmConfig.PROBE_PROMPT))
                .maxOutputTokens(5).build();
        try {
            callBoth(request);
        } finally {
            done.complete(null);
        }
    }

    /** Completes once the warm-up calls are over, however they went. */
    CompletableFuture<Void> done() {
        return done;
    }

    private void callBoth(ChatRequest request) {
        call("blocking", () -> blocking.chat(request));
        call("streaming", () -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            streaming.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                done.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void call(String kind, Runnable call) {
        if (!breaker.tryCall()) {
            return;
        }
        long start = System.nanoTime();
        try {
            call.run();
            breaker.succeeded(Duration.ofNanos(System.nanoTime() - start));
            log.info("LLM provider warmed up ({} call, {} ms)", kind, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            breaker.failed(Duration.ofNanos(System.nanoTime() - start), "warm-up: " + e.getClass().getSimpleName());
            log.warn("LLM provider did not answer the warm-up {} call: {}", kind, e.toString());
        }
    }
}
