package com.clinicchat.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Loads the knowledge folder at start-up and reloads it whenever a file in it changes. Events are coalesced until
 * the folder has been quiet for the settle delay, so a burst of saves costs one re-index.
 */
@Component
class KnowledgeWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final KnowledgeBase knowledge;
    private final KnowledgeProperties properties;
    private volatile WatchService watchService;
    private volatile Thread thread;
    private volatile boolean running;

    KnowledgeWatcher(KnowledgeBase knowledge, KnowledgeProperties properties) {
        this.knowledge = knowledge;
        this.properties = properties;
    }

    @Override
    public void start() {
        knowledge.reload();
        running = true;
        if (!properties.watch() || !Files.isDirectory(properties.directory())) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            properties.directory().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            log.error("Cannot watch {}: knowledge changes need a restart", properties.directory(), e);
            return;
        }
        thread = Thread.ofPlatform().daemon().name("knowledge-watcher").start(this::watch);
    }

    private void watch() {
        long settleMillis = properties.settleDelay().toMillis();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                key.pollEvents();
                key.reset();
                // drain what follows within the settle delay: one reload per burst of saves
                for (WatchKey next; (next = watchService.poll(settleMillis, TimeUnit.MILLISECONDS)) != null; ) {
                    next.pollEvents();
                    next.reset();
                }
                try {
                    knowledge.reload();
                } catch (RuntimeException e) {
                    log.error("Reloading knowledge failed; the previous index keeps serving", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread watcher = thread;
        if (watcher != null) {
            watcher.interrupt();
        }
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            log.debug("Closing the knowledge watch service failed", e);
        }
        thread = null;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts, so the first visitor already finds a built index. */
    @Override
    public int getPhase() {
        return 0;
    }
}
