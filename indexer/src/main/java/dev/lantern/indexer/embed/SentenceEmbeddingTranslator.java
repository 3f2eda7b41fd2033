package dev.lantern.indexer.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * One padded model call per batch: tokenizes all texts, pads them to the longest one (the tokenizer
 * truncates at {@code maxTokens}), feeds {@code input_ids}, {@code attention_mask} and, when the
 * model declares it, {@code token_type_ids} as {@code [batch, length]} int64 tensors, then pools
 * the token vectors under the mask and L2-normalises. Stateless apart from the tokenizer, which is
 * safe to share across threads (the Rust tokenizer encodes through a shared reference).
 */
final class SentenceEmbeddingTranslator implements NoBatchifyTranslator<String[], float[][]> {
  private static final String MASK = "lantern.attentionMask";

  private final HuggingFaceTokenizer tokenizer;
  private final boolean tokenTypeIds;
  private final Pooling pooling;

  SentenceEmbeddingTranslator(
      HuggingFaceTokenizer tokenizer, boolean tokenTypeIds, Pooling pooling) {
    this.tokenizer = tokenizer;
    this.tokenTypeIds = tokenTypeIds;
    this.pooling = pooling;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, String[] texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    int batch = encodings.length;
    int length = 0;
    for (Encoding e : encodings) {
      length = Math.max(length, e.getIds().length);
    }
    long[] ids = new long[batch * length];
    long[] mask = new long[batch * length];
    long[] types = new long[batch * length];
    for (int b = 0; b < batch; b++) {
      // The tokenizer already pads to the batch's longest; copying by position also covers a
      // tokenizer configured without padding (shorter rows stay zero = [PAD] with mask 0).
      System.arraycopy(encodings[b].getIds(), 0, ids, b * length, encodings[b].getIds().length);
      long[] m = encodings[b].getAttentionMask();
      System.arraycopy(m, 0, mask, b * length, m.length);
      long[] t = encodings[b].getTypeIds();
      System.arraycopy(t, 0, types, b * length, t.length);
    }
    ctx.setAttachment(MASK, new Mask(mask, batch, length));

    NDManager manager = ctx.getNDManager();
    Shape shape = new Shape(batch, length);
    NDList inputs = new NDList(named(manager.create(ids, shape), "input_ids"));
    inputs.add(named(manager.create(mask, shape), "attention_mask"));
    if (tokenTypeIds) {
      inputs.add(named(manager.create(types, shape), "token_type_ids"));
    }
    return inputs;
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
    Mask mask = (Mask) ctx.getAttachment(MASK);
    NDArray out = pickOutput(outputs);
    Shape shape = out.getShape();
    float[] data = out.toFloatArray();
    float[][] vectors;
    if (shape.dimension() == 2) {
      // Already pooled by the export (a "sentence_embedding" output).
      int dims = (int) shape.get(1);
      vectors = new float[mask.batch][];
      for (int b = 0; b < mask.batch; b++) {
        vectors[b] = java.util.Arrays.copyOfRange(data, b * dims, (b + 1) * dims);
      }
    } else if (shape.dimension() == 3 && shape.get(1) == mask.length) {
      vectors = pool(data, mask, (int) shape.get(2));
    } else {
      throw new IllegalStateException(
          "model output "
              + out.getName()
              + " has shape "
              + shape
              + "; expected [batch, tokens, dims]");
    }
    for (float[] v : vectors) {
      normalise(v);
    }
    return vectors;
  }

  private static NDArray pickOutput(NDList outputs) {
    for (String name :
        new String[] {"sentence_embedding", "last_hidden_state", "token_embeddings"}) {
      NDArray a = outputs.get(name);
      if (a != null) {
        return a;
      }
    }
    return outputs.get(0);
  }

  private float[][] pool(float[] hidden, Mask mask, int dims) {
    float[][] vectors = new float[mask.batch][dims];
    for (int b = 0; b < mask.batch; b++) {
      float[] v = vectors[b];
      if (pooling == Pooling.CLS) {
        System.arraycopy(hidden, b * mask.length * dims, v, 0, dims);
        continue;
      }
      int tokens = 0;
      for (int t = 0; t < mask.length; t++) {
        if (mask.values[b * mask.length + t] == 0) {
          continue;
        }
        tokens++;
        int base = (b * mask.length + t) * dims;
        for (int d = 0; d < dims; d++) {
          v[d] += hidden[base + d];
        }
      }
      for (int d = 0; d < dims; d++) {
        v[d] /= Math.max(tokens, 1);
      }
    }
    return vectors;
  }

  private static void normalise(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    // 1e-12 as in torch.nn.functional.normalize: an all-zero vector stays zero instead of NaN.
    float scale = (float) (1.0 / Math.max(Math.sqrt(sum), 1e-12));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
  }

  private static NDArray named(NDArray array, String name) {
    array.setName(name);
    return array;
  }

  private record Mask(long[] values, int batch, int length) {}
}
