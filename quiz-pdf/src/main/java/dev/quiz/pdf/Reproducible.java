package dev.quiz.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes the PDF depend only on its content: just before the document is saved, the creation date
 * (the clock) is removed and the file identifier (otherwise made from the clock) is set from a
 * digest of the HTML. One instance per document.
 */
final class Reproducible implements PDFCreationListener {
  private final byte[] id;
  private final String title;

  Reproducible(String html, String title) {
    this.id = digest(html);
    this.title = title;
  }

  @Override
  public void preOpen(PdfBoxRenderer renderer) {}

  @Override
  public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

  @Override
  public void onClose(PdfBoxRenderer renderer) {
    PDDocument doc = renderer.getPdfDocument();
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(null);
    info.setModificationDate(null);
    info.setTitle(title);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(String html) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
