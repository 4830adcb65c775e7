package dev.quiz.core.export;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code media} member of an {@code .apkg}: zip member names {@code "0"}, {@code "1"}, … mapped
 * to media file names (README §1, §12). Questions carry no media yet, so exports write {@code {}};
 * the member is required even then. Immutable.
 */
final class MediaManifest {
  /** The manifest of a package without media. */
  static final MediaManifest EMPTY = new MediaManifest(Collections.<String>emptyList());

  private final List<String> fileNames;

  MediaManifest(List<String> fileNames) {
    this.fileNames = Collections.unmodifiableList(new ArrayList<>(fileNames));
  }

  /** The zip member name of the {@code index}-th file: its index in decimal. */
  static String memberName(int index) {
    return Integer.toString(index);
  }

  /** The file names, in member order. */
  List<String> fileNames() {
    return fileNames;
  }

  /** The JSON text, e.g. {@code {"0":"map.png"}}. */
  String json() {
    JsonObject o = new JsonObject();
    for (int i = 0; i < fileNames.size(); i++) {
      o.addProperty(memberName(i), fileNames.get(i));
    }
    return o.toString();
  }
}
