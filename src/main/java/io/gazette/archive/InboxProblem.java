package io.gazette.archive;

import java.nio.file.Path;

/**
 * Something in the inbox that cannot become an edition, such as a file named with an impossible date.
 *
 * @param path the offending file
 * @param sourceCode the source folder it sits in
 * @param reason a short machine-friendly reason
 * @param detail one line for the operator
 */
public record InboxProblem(Path path, String sourceCode, String reason, String detail) {
}
