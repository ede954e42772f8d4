/** The commands of CONTRACT.md: flags to job parameters and stage calls, outcomes to exit codes. */
package io.gazette.cli;
