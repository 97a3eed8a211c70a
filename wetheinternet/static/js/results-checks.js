// The checks the server makes on a result (dialogues/interfaces/result_form.py reads
// the form, dialogues/domain/results/payload.py checks the content), made in the
// browser before a result is queued, with the server's own translated messages (the
// page gives them in the JSON block "result-checks", from
// dialogues/interfaces/result_checks.py). As on the server, what cannot be read (not a
// whole number, a seat's missing answer) is reported first and alone; the rest is
// checked once everything could be read. The server checks everything again.
(function () {
  "use strict";
  const BLANK = "blank";
  const WHOLE = /^[0-9]+$/;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? String(values[name]) : match));
  }

  // Python's str.strip() and JavaScript's trim() both drop Unicode white space.
  const value = (fields, name) => (fields.get(name) || [""])[0].trim();

  function check(fields, rules) {
    const M = rules.messages;
    const errors = {};
    const add = (key, message) => { (errors[key] = errors[key] || []).push(message); };
    const rawPresent = value(fields, "people_present");
    const present = WHOLE.test(rawPresent) ? Number(rawPresent) : null;
    if (present === null) add("people_present", M.present_required);
    const closed = rules.mode === "counts" ? readCounts(fields, rules, add) : readBallots(fields, rules, add);
    const open = readOpenAnswers(fields, rules, add);
    if (Object.keys(errors).length) return errors;
    if (present > rules.capacity) add("people_present", M.present_over_capacity);
    if (rules.mode === "counts") checkCounts(closed, present, rules, add);
    else checkBallots(closed, present, rules, add);
    checkOpenAnswers(open, rules, add);
    return errors;
  }

  function readCounts(fields, rules, add) {
    const counts = [];
    rules.closed.forEach((question) => {
      const keys = question.options.map(String).concat(question.abstention ? [BLANK] : []);
      keys.forEach((key) => {
        const name = `count.${question.id}.${key}`;
        const raw = value(fields, name);
        if (raw !== "" && !WHOLE.test(raw)) {
          add(name, rules.messages.whole_number);
          return;
        }
        counts.push({ question, name, count: raw === "" ? 0 : Number(raw) });
      });
    });
    return counts;
  }

  function checkCounts(counts, present, rules, add) {
    rules.closed.forEach((question) => {
      const mine = counts.filter((row) => row.question === question);
      if (question.multiple) {
        mine.filter((row) => row.count > present).forEach((row) => {
          add(row.name, format(rules.messages.option_over_present, { count: row.count, present }));
        });
        return;
      }
      const total = mine.reduce((sum, row) => sum + row.count, 0);
      if (total > present) add(`count.${question.id}`, format(rules.messages.counts_over_present, { total, present }));
    });
  }

  function readBallots(fields, rules, add) {
    const ballots = [];
    for (let seat = 1; seat <= rules.capacity; seat += 1) {
      const cells = rules.closed.map((question) => ({
        question, key: `ballot.${seat}.${question.id}`,
        values: (fields.get(`ballot.${seat}.${question.id}`) || []).filter((v) => v),
      }));
      if (cells.every((cell) => !cell.values.length)) continue;
      cells.forEach((cell) => {
        if (!cell.values.length && !cell.question.multiple) add(cell.key, rules.messages.seat_answer_missing);
      });
      ballots.push({ seat, cells });
    }
    return ballots;
  }

  function checkBallots(ballots, present, rules, add) {
    if (ballots.length > present) {
      add("ballots", format(rules.messages.ballots_over_present, { ballots: ballots.length, present }));
    }
    ballots.forEach(({ cells }) => cells.forEach(({ question, key, values }) => {
      const options = values.includes(BLANK) ? [] : Array.from(new Set(values));
      if (!options.length && !question.abstention) add(key, rules.messages.needs_answer);
      else if (options.length > question.most_choices) add(key, question.too_many);
    }));
  }

  function readOpenAnswers(fields, rules, add) {
    const answers = [];
    rules.open.forEach((question) => {
      for (let row = 1; row <= question.limit; row += 1) {
        const key = `open.${question.id}.${row}`;
        const text = value(fields, `${key}.text`);
        const rawRank = value(fields, `${key}.rank`);
        if (!text && !rawRank) continue;
        const rank = rawRank && WHOLE.test(rawRank) ? Number(rawRank) : null;
        if (rawRank && !rank) add(`${key}.rank`, rules.messages.rank_whole);
        answers.push({ question, key, text, rank });
      }
    });
    return answers;
  }

  function checkOpenAnswers(answers, rules, add) {
    const ranks = new Map();
    answers.forEach(({ question, key, text, rank }) => {
      const length = Array.from(text).length; // characters, as Python counts them
      if (!text) add(`${key}.text`, rules.messages.open_text_missing);
      else if (length > rules.max_open_length) {
        add(`${key}.text`, format(rules.messages.open_too_long, { limit: rules.max_open_length, length }));
      }
      const seen = ranks.get(question.id) || new Set();
      if (rank !== null && (rank < 1 || rank > question.limit)) {
        add(`${key}.rank`, format(rules.messages.rank_range, { limit: question.limit }));
      } else if (rank !== null && seen.has(rank)) add(`${key}.rank`, rules.messages.rank_twice);
      seen.add(rank);
      ranks.set(question.id, seen);
    });
  }

  window.WtiResultChecks = { check, format };
}());
