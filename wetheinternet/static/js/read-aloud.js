// "Read aloud" (templates/_read_aloud.html): reads the texts marked data-read-aloud-text
// inside the button's target with the browser's speech synthesis, in the language of the
// text, so that a person who cannot read hears the exact words they agree to. The button
// stays hidden unless the browser has a voice for that language. When it is used on a
// form, it fills the form's [data-read-aloud-record] field, which records the consent
// as given after the text was read aloud.
(function () {
  "use strict";
  const speech = window.speechSynthesis;
  const buttons = Array.from(document.querySelectorAll("[data-read-aloud]"));
  if (!speech || !window.SpeechSynthesisUtterance || !buttons.length) return;

  const textsOf = (button) => Array.from(document.querySelectorAll(`${button.dataset.readAloud} [data-read-aloud-text]`));
  const languageOf = (el) => (el.closest("[lang]") || document.documentElement).lang;
  const voiceFor = (language) => speech.getVoices().find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language.split("-")[0]);

  function stop(button) {
    speech.cancel();
    button.setAttribute("aria-pressed", "false");
    button.textContent = button.dataset.textStart;
  }

  function read(button) {
    speech.cancel();
    const texts = textsOf(button);
    texts.forEach((el, index) => {
      const utterance = new SpeechSynthesisUtterance(el.textContent.trim());
      utterance.lang = languageOf(el);
      utterance.voice = voiceFor(utterance.lang) || null;
      if (index === texts.length - 1) utterance.addEventListener("end", () => stop(button));
      speech.speak(utterance);
    });
    button.setAttribute("aria-pressed", "true");
    button.textContent = button.dataset.textStop;
    const record = button.form && button.form.querySelector("[data-read-aloud-record]");
    if (record) record.value = "true";
  }

  function offer() {
    buttons.forEach((button) => {
      const texts = textsOf(button);
      button.hidden = !texts.length || !texts.every((el) => voiceFor(languageOf(el)));
    });
  }

  buttons.forEach((button) => {
    button.addEventListener("click", () => (button.getAttribute("aria-pressed") === "true" ? stop(button) : read(button)));
  });
  offer();
  speech.addEventListener("voiceschanged", offer);
}());
