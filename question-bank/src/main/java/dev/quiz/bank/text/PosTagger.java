package dev.quiz.bank.text;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech beam search (as {@code POSTaggerME} runs it for a maximum-entropy model
 * with Universal Dependencies tags) with the model's answers remembered per feature context: a word
 * seen again with the same neighbours and preceding tags is not scored again. The tags are the same
 * as {@code POSTaggerME}'s. Not thread-safe: one per thread.
 */
final class PosTagger {
  private static final int DEFAULT_BEAM_SIZE = 3;

  private final BeamSearch beam;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  PosTagger(POSModel model, int cacheSize) {
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = size == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    MaxentModel maxent = model.getArtifact("pos.model");
    this.beam = new BeamSearch(beamSize, new CachingModel(maxent, cacheSize), 0);
    this.contexts = model.getFactory().getPOSContextGenerator(beamSize);
    this.validator = model.getFactory().getSequenceValidator();
  }

  /** The tags of {@code words}, one per word. */
  String[] tag(String[] words) {
    List<String> tags = beam.bestSequence(words, null, contexts, validator).getOutcomes();
    return tags.toArray(new String[0]);
  }
}
