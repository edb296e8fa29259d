/**
 * The {@code ctnat} command-line tool ({@code java -jar ctnat-examples/target/ctnat.jar}).
 */
package org.ctnat.examples.cli;
