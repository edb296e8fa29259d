package org.ctnat.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctnat.io.DocumentFormat;
import org.ctnat.io.Instruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged, shaded {@code ctnat.jar} the way a new user does: {@code java -jar ctnat.jar …}
 * in a separate JVM, and the real {@code jshell -q --class-path ctnat.jar} fed the README's five
 * lines. Unlike the unit tests, which run the classes on Maven's test class path, this catches a
 * shading fault (a resource or service file left out of the jar) and a change in what the real
 * JShell tool prints.
 *
 * <p>Run by failsafe in {@code integration-test}, after {@code package} builds the jar; the pom
 * passes the jar's path as the system property {@code ctnat.jar} and the README's as
 * {@code ctnat.readme}.
 */
class PackagedJarIT {

  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
  private static final Duration CLI_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration JSHELL_TIMEOUT = Duration.ofMinutes(3);
  private static final String PROMPT = "jshell> ";
  private static final String FIVE_LINES = "jshell-five-lines";

  @TempDir
  Path dir;

  /** What a finished process wrote and returned. */
  record Result(List<String> command, int exit, String out, String err) {
    String describe() {
      return String.join(" ", command) + "\nexit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  private static Path jar() {
    String property = System.getProperty("ctnat.jar");
    // only failsafe passes it; surefire also picks this class when -Dtest names it, before package
    assumeTrue(property != null, "not run by failsafe (no -Dctnat.jar): the shaded jar is tested in integration-test");
    Path jar = Path.of(property).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "the shaded jar is built by package: " + jar);
    return jar;
  }

  private static Path readme() {
    return Path.of(System.getProperty("ctnat.readme", Path.of("..", "README.md").toString()));
  }

  private static Path tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", WINDOWS ? name + ".exe" : name);
  }

  /**
   * Runs a command in {@code workDir} with {@code input} on standard input, waiting at most
   * {@code timeout}. Standard output and error go to files (so neither pipe can fill and block the
   * child) and are read in full as UTF-8. On a timeout the process and its descendants (JShell's
   * remote agent) are killed and the test fails with what they wrote so far.
   */
  private Result run(Path workDir, String input, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path io = Files.createTempDirectory(dir, "process");
    Path in = io.resolve("stdin");
    Path out = io.resolve("stdout");
    Path err = io.resolve("stderr");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    // "Picked up JAVA_TOOL_OPTIONS" on stderr is the machine's, not the jar's
    builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        fail("timed out after " + timeout.toSeconds() + " s: " + new Result(command, -1,
            Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)).describe());
      }
      return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      if (process.isAlive()) {
        kill(process);
      }
    }
  }

  private static void kill(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  private Result ctnat(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool("java").toString(), "-jar", jar().toString()));
    command.addAll(Arrays.asList(args));
    return run(workDir, "", CLI_TIMEOUT, command);
  }

  @Test
  void instrumentPrintsTheStandardInstrumentAsJsonAndYaml() throws Exception {
    Result json = ctnat(dir, "instrument");
    assertEquals(0, json.exit(), json::describe);
    assertEquals("", json.err(), json::describe);
    assertEquals(Instruments.ctnat2016(), Instruments.parse(json.out(), "stdout", DocumentFormat.JSON));

    Result yaml = ctnat(dir, "instrument", "--format", "yaml");
    assertEquals(0, yaml.exit(), yaml::describe);
    assertEquals("", yaml.err(), yaml::describe);
    assertEquals(Instruments.ctnat2016(), Instruments.parse(yaml.out(), "stdout", DocumentFormat.YAML));
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Result result = ctnat(dir, "instrument", "--format", "xml");
    assertEquals(2, result.exit(), result::describe);
    assertEquals("", result.out(), result::describe);
    assertTrue(result.err().contains("'xml'"), result::describe);
    assertTrue(result.err().contains("usage: java -jar ctnat.jar <command> [options]"), result::describe);
  }

  /** The README's first command: {@code java -jar ctnat.jar example --out ctnat-example}. */
  @Test
  void exampleWritesTheWorkedExampleAndReportsTheFourBadRows() throws Exception {
    Result result = ctnat(dir, "example", "--out", "ctnat-example");
    assertEquals(0, result.exit(), result::describe);
    assertEquals("", result.err(), result::describe);
    String out = result.out();
    assertTrue(out.contains("46 rows, 42 valid responses, 4 rows left out by validation:"), result::describe);
    List<String> lines = out.lines().toList();
    int first = lines.indexOf(lines.stream().filter(line -> line.contains("rows left out by validation:"))
        .findFirst().orElseThrow()) + 1;
    List<String> problems = lines.subList(first, lines.size()).stream().takeWhile(line -> !line.isBlank()).toList();
    assertEquals(4, problems.size(), () -> "the four invalid rows are listed: " + problems + "\n" + result.describe());
    assertTrue(problems.stream().allMatch(line -> line.strip().startsWith("row ")), result::describe);
    Path folder = dir.resolve("ctnat-example");
    for (String name : List.of("valdoria-2024.json", "valdoria-2024-survey.csv", "valdoria-2028.json",
        "valdoria-2024-report.html", "valdoria-2024-report.md", "valdoria-2028-report.html",
        "valdoria-comparison.html", "valdoria-comparison.md", "valdoria-2024-worksheet.xlsx",
        "ctnat-2016-xlsform.xlsx")) {
      Path file = folder.resolve(name);
      assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, () -> file + " is written\n" + result.describe());
    }
    assertTrue(Files.readString(folder.resolve("valdoria-2024-report.html"), StandardCharsets.UTF_8)
        .contains("<title>Counter-trafficking needs assessment: Valdoria, 2024-01"), "the report is the 2024 round's");
    assertTrue(out.contains("Open " + Path.of("ctnat-example", "valdoria-2024-report.html") + " in a browser"),
        result::describe);
  }

  /**
   * The README's five lines of JShell, typed into the real {@code jshell -q} with the shaded jar on
   * its class path: each line must print exactly what the README shows after it. Piped input gets
   * prompts without line breaks, so the output is cut at each prompt: the text after the n-th prompt
   * is what the n-th line printed.
   */
  @Test
  void theReadmesFiveLinesOfJShellPrintWhatTheReadmeShows() throws Exception {
    Path jshell = tool("jshell");
    assumeTrue(Files.isExecutable(jshell),
        "no jshell in " + System.getProperty("java.home") + " (a JRE?): the README's JShell session is not run");

    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    String startMark = "<!-- " + FIVE_LINES + ":start -->";
    String endMark = "<!-- " + FIVE_LINES + ":end -->";
    int start = readme.indexOf(startMark);
    int end = readme.indexOf(endMark);
    assertTrue(start >= 0 && end > start, "the README marks its session with " + startMark + " and " + endMark);
    List<String> block = readme.substring(start + startMark.length(), end).strip().lines()
        .filter(line -> !line.startsWith("```")).toList();

    List<String> commandLine = block.stream().filter(line -> line.startsWith("$ jshell")).findFirst()
        .map(line -> List.of(line.substring(2).trim().split("\\s+")))
        .orElseThrow(() -> new AssertionError("the README's session starts with '$ jshell ...'"));
    List<String> snippets = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    for (String line : block) {
      if (line.startsWith("$ jshell")) {
        continue;
      }
      if (line.startsWith(PROMPT)) {
        snippets.add(line.substring(PROMPT.length()));
        expected.add(new ArrayList<>());
      } else {
        assertFalse(expected.isEmpty(), "output before the first prompt: " + line);
        expected.get(expected.size() - 1).add(line);
      }
    }
    assertEquals(5, snippets.size(), "five lines: " + snippets);

    // the README's command, with the jar just built in place of the class path it names
    List<String> command = new ArrayList<>();
    command.add(jshell.toString());
    // pre-created, so java.util.prefs does not log "Created user preferences directory" on stderr
    Path prefs = dir.resolve("prefs");
    Files.createDirectories(prefs.resolve(".java").resolve(".userPrefs"));
    command.add("-J-Djava.util.prefs.userRoot=" + prefs); // no /set ... -retain of this machine's user
    command.add("-J-Dfile.encoding=UTF-8");
    command.add("-R-Dfile.encoding=UTF-8");
    boolean classPath = false;
    for (int i = 1; i < commandLine.size(); i++) {
      String argument = commandLine.get(i);
      if ((argument.equals("--class-path") || argument.equals("-cp") || argument.equals("-classpath"))
          && i + 1 < commandLine.size()) {
        assertTrue(commandLine.get(i + 1).endsWith("ctnat.jar"), "the README puts ctnat.jar on the class path");
        command.add(argument);
        command.add(jar().toString());
        classPath = true;
        i++;
      } else {
        command.add(argument);
      }
    }
    assertTrue(classPath, "the README's jshell command names a class path: " + commandLine);

    String input = snippets.stream().map(snippet -> snippet + "\n").collect(Collectors.joining()) + "/exit\n";
    Result result = run(dir, input, JSHELL_TIMEOUT, command);
    assertEquals(0, result.exit(), result::describe);
    assertEquals("", result.err(), result::describe);

    String[] parts = result.out().replace("\r\n", "\n").split(Pattern.quote(PROMPT), -1);
    // one prompt before each line and one before /exit
    assertEquals(snippets.size() + 2, parts.length, () -> "a prompt per line and /exit\n" + result.describe());
    assertEquals("", parts[0], () -> "nothing before the first prompt\n" + result.describe());
    for (int i = 0; i < snippets.size(); i++) {
      String actual = String.join("\n", parts[i + 1].lines().toList());
      assertEquals(String.join("\n", expected.get(i)), actual,
          "what the README shows after jshell> " + snippets.get(i) + "\n" + result.describe());
    }
    assertEquals("", parts[parts.length - 1], () -> "/exit prints nothing\n" + result.describe());
  }
}
