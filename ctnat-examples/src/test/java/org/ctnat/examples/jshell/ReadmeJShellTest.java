package org.ctnat.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell walkthrough through JShell, with the start-up script {@code ctnat.jsh}
 * loaded, and checks that every snippet is accepted and prints exactly what the README shows —
 * so the README cannot drift from the code.
 */
class ReadmeJShellTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path STARTUP = Path.of("ctnat.jsh");
  private static final String START = "<!-- jshell-walkthrough:start -->";
  private static final String END = "<!-- jshell-walkthrough:end -->";
  private static final String PROMPT = "jshell> ";

  /** One snippet of the walkthrough and the lines the README shows after it. */
  record Step(String snippet, List<String> expected) {}

  private static List<Step> walkthrough() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "the README marks its walkthrough with " + START + " and " + END);
    List<String> lines = readme.substring(start + START.length(), end).strip().lines()
        .filter(line -> !line.startsWith("```")).toList();
    List<Step> steps = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(PROMPT)) {
        steps.add(new Step(line.substring(PROMPT.length()), new ArrayList<>()));
      } else {
        assertFalse(steps.isEmpty(), "output before the first prompt: " + line);
        steps.get(steps.size() - 1).expected().add(line);
      }
    }
    return steps;
  }

  /** Evaluates source made of one or more snippets; fails on any that JShell rejects or that throws. */
  private static void eval(JShell shell, String source, String where) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String snippet = info.source();
      if (snippet == null || snippet.isBlank()) {
        fail(where + ": incomplete snippet: " + rest);
      }
      for (SnippetEvent event : shell.eval(snippet)) {
        if (event.exception() != null) {
          fail(where + ": " + snippet.strip() + " threw " + event.exception());
        }
        if (event.status() == Snippet.Status.REJECTED) {
          fail(where + ": JShell rejected " + snippet.strip() + ": " + shell.diagnostics(event.snippet())
              .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; ")));
        }
      }
      rest = info.remaining();
    }
  }

  @Test
  void theReadmeWalkthroughPrintsWhatTheReadmeShows() throws Exception {
    List<Step> steps = walkthrough();
    assertTrue(steps.size() >= 8, "the walkthrough has its steps: " + steps.size());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(out); // the local execution engine runs snippets in this JVM
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      // what --startup DEFAULT gives an interactive session
      eval(shell, "import java.io.*; import java.math.*; import java.net.*; import java.nio.file.*; "
          + "import java.util.*; import java.util.concurrent.*; import java.util.function.*; "
          + "import java.util.prefs.*; import java.util.regex.*; import java.util.stream.*;", "DEFAULT");
      eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8), STARTUP.toString());
      assertEquals("", printed.toString(StandardCharsets.UTF_8), "the start-up script prints nothing");
      for (Step step : steps) {
        printed.reset();
        eval(shell, step.snippet(), "README");
        out.flush();
        List<String> actual = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join("\n", step.expected()), String.join("\n", actual),
            "what the README shows after jshell> " + step.snippet());
      }
    } finally {
      System.setOut(original);
    }
  }

  /** The helper {@code responses(file)} reads wide CSV, JSON lines and assessments alike. */
  @Test
  void theStartupScriptsHelperReadsEveryKindOfResponseFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    List<Path> files = org.ctnat.examples.worked.WorkedExample.write(dir);
    Path lines = dir.resolve("responses.jsonl");
    org.ctnat.io.SurveyResponses.writeLines(org.ctnat.io.Instruments.ctnat2016(),
        org.ctnat.examples.worked.WorkedExample.load2024().surveyResponses(), lines);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(out);
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      eval(shell, "import java.util.*;", "imports");
      eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8), STARTUP.toString());
      for (Path file : List.of(files.get(0), files.get(1), lines)) {
        printed.reset();
        eval(shell, "System.out.println(responses(\"" + file.toString().replace("\\", "\\\\") + "\").size())",
            file.toString());
        String shown = printed.toString(StandardCharsets.UTF_8);
        assertTrue(shown.strip().endsWith("42"), file + ": " + shown);
        if (file.toString().endsWith(".csv")) {
          assertTrue(shown.contains("4 problems"), "the CSV's bad rows are reported: " + shown);
        }
      }
    } finally {
      System.setOut(original);
    }
  }
}
