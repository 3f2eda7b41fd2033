package dev.lantern.indexer.embed;

/** How token vectors become one text vector; pick what the model was trained with. */
public enum Pooling {
  /** Average of the token vectors under the attention mask (sentence-transformers, MiniLM). */
  MEAN,
  /** The first token's vector ({@code [CLS]}; BGE models). */
  CLS
}
