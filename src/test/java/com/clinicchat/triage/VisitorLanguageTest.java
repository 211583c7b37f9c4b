package com.clinicchat.triage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorLanguageTest {

    private static final VisitorLanguage LANGUAGE = new VisitorLanguage();

    @ParameterizedTest
    @ValueSource(strings = {
            "is a zinc drip safe for people with kidney disease?",
            "drip is good for the leg cramp at night? my english not so good sorry",
            "Thanks ^^ ありがとう",
            "ok 🙏",
            "gracias"})
    void englishAndBrokenEnglishStayWithTheModels(String message) {
        assertThat(LANGUAGE.isNotEnglish(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mon fils a de la fièvre depuis hier, est-ce qu'il peut recevoir la perfusion?",
            "Kann meine Mutter trotz ihrer Nierenprobleme eine Infusion bekommen?",
            "Tôi đang có thai, tôi có truyền dịch được không?",
            "¿Puedo recibir el suero si estoy tomando pastillas para la presión?",
            "点滴は妊娠中でも大丈夫ですか",
            "저는 당뇨가 있어요. 수액 맞아도 돼요?",
            "मेरी माँ को दिल की बीमारी है, क्या वह ड्रिप ले सकती हैं?",
            "У меня болит сердце после капельницы"})
    void otherLanguagesGoToAPerson(String message) {
        assertThat(LANGUAGE.isNotEnglish(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"点滴は妊娠中でも大丈夫ですか", "안녕하세요", "مرحبا، هل يمكنني الحجز؟"})
    void mostlyAnotherScriptIsToldWithoutTheDetector(String message) {
        assertThat(LANGUAGE.isInAnotherScript(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kann meine Mutter eine Infusion bekommen?", "thank you ありがとう so much", "hello 👋"})
    void latinScriptIsNot(String message) {
        assertThat(LANGUAGE.isInAnotherScript(message)).isFalse();
    }
}
