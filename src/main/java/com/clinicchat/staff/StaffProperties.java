package com.clinicchat.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;
import java.util.List;

/**
 * The staff console ({@code clinicchat.staff.*}).
 *
 * @param adminUsername    the first administrator's user name, created at startup when there is no account yet
 * @param adminPassword    its password; when empty, a random one is generated and printed once in the log
 * @param adminDisplayName the first name visitors see when the administrator takes a chat
 * @param businessHours    when staff can be on duty, e.g. {@code MON-FRI 08:00-18:00}, {@code SAT 09:00-12:00};
 *                         empty: any time. Outside them nobody is on duty, whoever has the console open.
 * @param timeZone         the zone the business hours are in
 * @param cannedReplies    ready-made replies offered in the console
 */
@Validated
@ConfigurationProperties("clinicchat.staff")
public record StaffProperties(@NotBlank @DefaultValue("admin") String adminUsername,
                              String adminPassword,
                              @NotBlank @Size(max = 100) @DefaultValue("Admin") String adminDisplayName,
                              List<String> businessHours,
                              @NotNull @DefaultValue("UTC") ZoneId timeZone,
                              List<@NotBlank @Size(max = 2000) String> cannedReplies) {

    public StaffProperties {
        businessHours = businessHours == null ? List.of() : List.copyOf(businessHours);
        cannedReplies = cannedReplies == null ? List.of() : List.copyOf(cannedReplies);
    }
}
