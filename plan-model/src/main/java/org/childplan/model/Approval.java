package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A decision taken on a plan by a committee or board.
 *
 * @param body the committee or board, by name
 * @param date the date of the meeting
 * @param decision what it decided
 * @param note the decision or comment in the minutes' words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Approval(@NotBlank String body, @SupportedDate LocalDate date, @NotNull ApprovalDecision decision, String note) {
}
