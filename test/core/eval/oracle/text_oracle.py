# Expected values for test/core/eval/*.test.ts, computed OUTSIDE the code under test.
# Not run by the test suite: the values it prints are written into the tests, each naming its source.
# Needs rouge-score 0.1.2 (pip install rouge-score); Python 3.11.7.
# Token-F1: the functions of the official SQuAD v1.1 evaluation script (evaluate-v1.1.py), verbatim.
# ROUGE-L: Google's rouge-score 0.1.2, RougeScorer(["rougeL"]) with its default tokenizer (no stemming).
import json, re, string, sys
from collections import Counter
from rouge_score import rouge_scorer

def normalize_answer(s):
    def remove_articles(text):
        return re.sub(r'\b(a|an|the)\b', ' ', text)
    def white_space_fix(text):
        return ' '.join(text.split())
    def remove_punc(text):
        exclude = set(string.punctuation)
        return ''.join(ch for ch in text if ch not in exclude)
    def lower(text):
        return text.lower()
    return white_space_fix(remove_articles(remove_punc(lower(s))))

def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    f1 = (2 * precision * recall) / (precision + recall)
    return f1

f1_cases = [
  ("The Eiffel Tower!", "eiffel tower"),
  ("in the year 1889", "1889"),
  ("Paris, France", "paris"),
  ("", "x"),
  ("", ""),
  ("well-known", "well known"),
  ("the the cat cat cat", "cat dog cat"),
  ("Théâtre the an\u00a0Ünïcödé", "théâtre ünïcödé"),
  ("l'été thé", "lété"),
  ("ÉTÉ\u3000a\u2003b", "été b"),
  ("antheme a_the the_a", "antheme"),
]
scorer = rouge_scorer.RougeScorer(["rougeL"])
rouge_cases = [
  ("the cat sat on the mat", "the cat lay on the mat"),
  ("police killed the gunman", "police kill the gunman"),
  ("police killed the gunman", "the gunman kill police"),
  ("Hello, World! It's 2024.", "hello world its 2024"),
  ("Café au lait, s'il vous plaît", "cafe au lait"),
  ("a b c d e f", "a c e g"),
  ("anything", ""),
  ("日本語のテキスト", "日本語のテキスト"),
  ("The quick brown fox jumps over the lazy dog. The dog sleeps.", "A quick brown dog jumps over the lazy fox; the fox sleeps."),
]
out = {
  "f1": [{"answer": a, "reference": r, "f1": repr(float(f1_score(a, r))), "tokens": normalize_answer(a).split()} for a, r in f1_cases],
  "rouge": [{"reference": t, "answer": p, "fmeasure": repr(scorer.score(t, p)["rougeL"].fmeasure)} for t, p in rouge_cases],
}
print(json.dumps(out, indent=1, ensure_ascii=False))
