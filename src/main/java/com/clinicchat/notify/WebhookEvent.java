package com.clinicchat.notify;

import java.time.Instant;

/**
 * The JSON a webhook receives. It names the conversation but carries no visitor text and no contact details:
 * those may be health information, and stay in the console.
 *
 * @param event      {@code escalation} or {@code callback_request}
 * @param reason     escalations: why ({@code medical_question}, {@code asked_for_person}, {@code emergency})
 * @param urgent     escalations: an emergency was involved
 * @param callbackId call-back requests: the request's id
 * @param staffOnDuty whether anyone had the console open within business hours
 */
public record WebhookEvent(String event, String conversationId, String reason, Boolean urgent, Long callbackId,
                           boolean staffOnDuty, Instant at) {
}
