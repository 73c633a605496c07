import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files with veraPDF's greenfield model against one or more profiles, in one JVM.
 *
 *   java -cp '.tools/verapdf/lib/*:.tools/verapdf/classes' Validate --flavour 2a[,ua1] file.pdf...
 *
 * Prints one JSON object per file and profile on its own line:
 *   {"file":"…","profile":"2a","compliant":true,"failed":[{"rule":"6.2.11.4.1-1","count":3,"message":"…"}]}
 * Exit code 0 when every file passes every profile, 1 when one fails, 2 on bad usage or an unreadable file.
 */
public final class Validate {
  public static void main(String[] args) throws Exception {
    List<PDFAFlavour> flavours = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--flavour") && i + 1 < args.length) {
        for (String id : args[++i].split(",")) {
          PDFAFlavour flavour = PDFAFlavour.byFlavourId(id.trim());
          if (flavour == PDFAFlavour.NO_FLAVOUR) {
            System.err.println("unknown flavour " + id + "; known: " + PDFAFlavour.getFlavourIds());
            System.exit(2);
          }
          flavours.add(flavour);
        }
      } else {
        files.add(args[i]);
      }
    }
    if (flavours.isEmpty()) flavours.add(PDFAFlavour.PDFA_2_B);
    if (files.isEmpty()) {
      System.err.println("usage: Validate [--flavour 2b,ua1] file.pdf...");
      System.exit(2);
    }
    VeraGreenfieldFoundryProvider.initialise();
    boolean allCompliant = true;
    for (String name : files) {
      for (PDFAFlavour flavour : flavours) {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new File(name), flavour);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
          result = validator.validate(parser);
        } catch (Exception e) {
          System.out.println("{\"file\":" + json(name) + ",\"profile\":" + json(flavour.getId())
              + ",\"compliant\":false,\"error\":" + json(String.valueOf(e)) + "}");
          System.exit(2);
          return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
          if (assertion.getStatus() != TestAssertion.Status.FAILED) continue;
          String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
          counts.merge(rule, 1, Integer::sum);
          messages.putIfAbsent(rule, assertion.getMessage() + " @ " + assertion.getLocation().getContext());
        }
        StringBuilder failed = new StringBuilder();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
          if (failed.length() > 0) failed.append(',');
          failed.append("{\"rule\":").append(json(entry.getKey())).append(",\"count\":").append(entry.getValue())
              .append(",\"message\":").append(json(messages.get(entry.getKey()))).append('}');
        }
        allCompliant &= result.isCompliant();
        System.out.println("{\"file\":" + json(name) + ",\"profile\":" + json(flavour.getId())
            + ",\"compliant\":" + result.isCompliant() + ",\"failed\":[" + failed + "]}");
      }
    }
    System.exit(allCompliant ? 0 : 1);
  }

  private static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
