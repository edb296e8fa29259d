package org.ctnat.examples.cli;

/**
 * Input that was read but breaks a rule the command will not work around (such as rows a
 * conversion would have to drop): the tool prints the message and exits with {@link
 * Ctnat#FAILED}, not with the usage text.
 */
final class InputRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputRefusedException(String message) {
    super(message);
  }
}
