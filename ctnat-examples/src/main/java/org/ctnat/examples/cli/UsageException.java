package org.ctnat.examples.cli;

/** A command line that cannot be understood; the tool prints the message and the usage. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
