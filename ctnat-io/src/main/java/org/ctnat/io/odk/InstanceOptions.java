package org.ctnat.io.odk;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read a filled instance where the instance alone cannot say: which form id and version
 * its root element must carry. {@link #defaults()} fits instances of the forms the SDK writes,
 * deployed as they are on ODK Central, which keeps the XLSForm's {@code form_id} and {@code
 * version}: the root is {@code <data id="ctnat-2016" version="2016.1">}.
 *
 * <p>KoboToolbox replaces both when it deploys a form: the id becomes the project's asset uid
 * (the 22 characters in the project's address, such as {@code a5fG8uKQdxTHaqJkEzUp2Q}) and the
 * version its own count and date of the deployment, such as {@code 1 (2016-05-04 06:00:00)},
 * which changes with every redeployment. {@link #kobo(String)} expects the uid and any version:
 *
 * <pre>{@code
 * SurveyResponse response = XFormInstances.read(ctnat, Files.newInputStream(file), file.toString(),
 *     InstanceOptions.kobo("a5fG8uKQdxTHaqJkEzUp2Q"));
 * }</pre>
 *
 * <p>The id is always checked, so an instance of another project is still refused; the fields
 * are checked against the instrument whatever the options.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formId the form id the root element must carry; empty for the instrument's id
 * @param formVersion the version the root element must carry; empty for the instrument's
 *     version, unless {@code anyFormVersion}
 * @param anyFormVersion whether the version is not checked at all (the root element may carry
 *     any version, or none); then {@code formVersion} is empty
 */
public record InstanceOptions(Optional<String> formId, Optional<String> formVersion, boolean anyFormVersion) {

  private static final InstanceOptions DEFAULTS = new InstanceOptions(Optional.empty(), Optional.empty(), false);

  /** Checks for nulls, blank ids and versions, and a version given together with any version. */
  public InstanceOptions {
    Objects.requireNonNull(formId, "instance options: formId");
    Objects.requireNonNull(formVersion, "instance options: formVersion");
    formId.ifPresent(id -> {
      if (id.isBlank()) {
        throw new IllegalArgumentException("instance options: formId must not be blank");
      }
    });
    formVersion.ifPresent(version -> {
      if (version.isBlank()) {
        throw new IllegalArgumentException("instance options: formVersion must not be blank");
      }
    });
    if (anyFormVersion && formVersion.isPresent()) {
      throw new IllegalArgumentException("instance options: formVersion '" + formVersion.get() + "' is given, "
          + "but anyFormVersion accepts every version; give one or the other");
    }
  }

  /**
   * The options for instances of the forms the SDK writes: the root element carries the
   * instrument's id and version.
   *
   * @return the default options
   */
  public static InstanceOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The options for instances from a KoboToolbox project: the root element carries the
   * project's asset uid as its id, and any version (KoboToolbox's own label of the deployment).
   *
   * @param assetUid the project's asset uid, such as {@code a5fG8uKQdxTHaqJkEzUp2Q}, as in the
   *     project's address and in the {@code _xform_id_string} of its exports
   * @return the options
   * @throws IllegalArgumentException if the uid is blank
   */
  public static InstanceOptions kobo(String assetUid) {
    return defaults().withFormId(assetUid).withAnyFormVersion();
  }

  /**
   * A copy expecting another form id.
   *
   * @param id the form id, such as a KoboToolbox project's asset uid
   * @return the copy
   * @throws IllegalArgumentException if the id is blank
   */
  public InstanceOptions withFormId(String id) {
    return new InstanceOptions(Optional.of(Objects.requireNonNull(id, "id")), formVersion, anyFormVersion);
  }

  /**
   * A copy expecting another form version (and no longer any version).
   *
   * @param version the version, as the deployed form's {@code version}
   * @return the copy
   * @throws IllegalArgumentException if the version is blank
   */
  public InstanceOptions withFormVersion(String version) {
    return new InstanceOptions(formId, Optional.of(Objects.requireNonNull(version, "version")), false);
  }

  /**
   * A copy that accepts any form version, or none.
   *
   * @return the copy
   */
  public InstanceOptions withAnyFormVersion() {
    return new InstanceOptions(formId, Optional.empty(), true);
  }
}
