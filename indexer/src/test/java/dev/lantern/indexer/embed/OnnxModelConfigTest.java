package dev.lantern.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelConfigTest {
  @TempDir Path dir;

  private void modelFiles() throws Exception {
    Files.writeString(dir.resolve("model.onnx"), "x");
    Files.writeString(dir.resolve("tokenizer.json"), "{}");
  }

  @Test
  void aModelDirectoryWithoutACardUsesMeanPoolingAnd256Tokens() throws Exception {
    modelFiles();
    OnnxModelConfig c = OnnxModelConfig.directory(dir);
    assertThat(c.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(c.maxTokens()).isEqualTo(256);
    assertThat(c.name()).isEqualTo(dir.getFileName().toString());
  }

  @Test
  void theModelCardSetsNamePoolingAndWindow() throws Exception {
    modelFiles();
    Files.writeString(
        dir.resolve(OnnxModelConfig.CARD_FILE), "name=bge-small\npooling=CLS\nmax_tokens=512\n");
    OnnxModelConfig c = OnnxModelConfig.directory(dir);
    assertThat(c.name()).isEqualTo("bge-small");
    assertThat(c.pooling()).isEqualTo(Pooling.CLS);
    assertThat(c.maxTokens()).isEqualTo(512);
    assertThat(c.nativeMaxTokens()).isEqualTo(512);
  }

  @Test
  void aBadCardSaysWhichSettingIsWrong() throws Exception {
    modelFiles();
    Files.writeString(dir.resolve(OnnxModelConfig.CARD_FILE), "pooling=max\n");
    assertThatThrownBy(() -> OnnxModelConfig.directory(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pooling is 'max'; use mean or cls");
    Files.writeString(dir.resolve(OnnxModelConfig.CARD_FILE), "max_tokens=lots\n");
    assertThatThrownBy(() -> OnnxModelConfig.directory(dir))
        .hasMessageContaining("max_tokens is 'lots'");
  }
}
