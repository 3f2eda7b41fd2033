package dev.lantern.query.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParamDocTest {
  @Test
  void restructuredTextFieldsRunUntilTheNextField() {
    String doc =
        """
        Sends PreparedRequest object. Returns Response object.

        :param request: The PreparedRequest being sent.
        :param timeout: (optional) How long to wait for the server to send
        data before giving up, as a float.
        :type timeout: float or tuple
        :param verify: (optional) Either a boolean or a path.
        :rtype: requests.Response""";
    assertThat(ParamDoc.entries(doc))
        .containsExactly(
            new ParamDoc.Entry("request", "The PreparedRequest being sent."),
            new ParamDoc.Entry(
                "timeout",
                "(optional) How long to wait for the server to send data before giving up, as a"
                    + " float."),
            new ParamDoc.Entry("verify", "(optional) Either a boolean or a path."));
  }

  @Test
  void javadocAndJsdocTags() {
    String doc =
        """
        Configures Gson to serialize null fields.
        @param serializeNulls whether nulls are written
        as JSON null
        @param {number} [retryLimit=2] - How often to retry.
        @return the builder""";
    assertThat(ParamDoc.entries(doc))
        .containsExactly(
            new ParamDoc.Entry("serializeNulls", "whether nulls are written as JSON null"),
            new ParamDoc.Entry("retryLimit", "How often to retry."));
  }

  @Test
  void googleAndNumpySections() {
    String google =
        """
        Open a dataset.

        Args:
        path (str): Where the file is.
        chunks: How to split the data
        into dask chunks.

        Returns:
        The dataset.""";
    assertThat(ParamDoc.entries(google))
        .containsExactly(
            new ParamDoc.Entry("path", "Where the file is."),
            new ParamDoc.Entry("chunks", "How to split the data into dask chunks."));
    String numpy =
        """
        Open a dataset.

        Parameters
        ----------
        filename_or_obj : str or Path
        Strings are interpreted as a path.
        decode_times : bool, optional
        If True, decode times.

        Returns
        -------
        dataset : Dataset""";
    assertThat(ParamDoc.entries(numpy))
        .containsExactly(
            new ParamDoc.Entry("filename_or_obj", "Strings are interpreted as a path."),
            new ParamDoc.Entry("decode_times", "If True, decode times."));
    // A word followed by a colon outside such a section is prose, not a parameter.
    assertThat(ParamDoc.entries("Note: this is slow.\nwarning: really")).isEmpty();
  }

  @Test
  void theParameterNamedByMostOfTheQuestionsWordsIsFound() {
    String doc =
        """
        :param max_retries: The maximum number of retries each connection should attempt.
        :param pool_block: Whether the connection pool should block.
        :param timeout: How long to wait.""";
    assertThat(ParamDoc.find(doc, List.of(List.of("retr"), List.of("fail"))))
        .map(ParamDoc.Entry::name)
        .contains("max_retries");
    assertThat(ParamDoc.find(doc, List.of(List.of("pool"), List.of("block"))))
        .map(ParamDoc.Entry::name)
        .contains("pool_block");
    assertThat(ParamDoc.find(doc, List.of(List.of("header")))).isEmpty();
    assertThat(ParamDoc.find("", List.of(List.of("timeout")))).isEmpty();
  }
}
