package dev.lantern.query.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiverTypesTest {
  @Test
  void aVariablesDeclaredTypeIsReadInEachLanguagesForm() {
    assertThat(
            ReceiverTypes.declaredType("Calendar calendar = new GregorianCalendar();", "calendar"))
        .isEqualTo("Calendar");
    assertThat(ReceiverTypes.declaredType("void f(final java.util.Map<String, List<T>> m) {", "m"))
        .isEqualTo("Map");
    assertThat(ReceiverTypes.declaredType("JsonWriter[] writers;", "writers"))
        .isEqualTo("JsonWriter");
    assertThat(ReceiverTypes.declaredType("fun f(reader: JsonReader) {", "reader"))
        .isEqualTo("JsonReader");
    assertThat(ReceiverTypes.declaredType("def f(self, app: Flask) -> None:", "app"))
        .isEqualTo("Flask");
    assertThat(ReceiverTypes.declaredType("const ky = new Ky(input, options);", "ky"))
        .isEqualTo("Ky");
    assertThat(ReceiverTypes.declaredType("val b = GsonBuilder()", "b")).isEqualTo("GsonBuilder");
    // Not declared here, or not by a type: no answer.
    assertThat(ReceiverTypes.declaredType("thing.run();", "thing")).isNull();
    assertThat(ReceiverTypes.declaredType("x = make_session()", "x")).isNull();
    assertThat(ReceiverTypes.declaredType("return other.calendar.get();", "calendar")).isNull();
  }
}
