package com.clinicchat.knowledge;

/** Published whenever the knowledge folder has been (re)loaded. */
public record KnowledgeChanged(KnowledgeSnapshot snapshot) {
}
