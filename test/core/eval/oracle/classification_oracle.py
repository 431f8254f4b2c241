# Expected values for test/core/eval/*.test.ts, computed OUTSIDE the code under test.
# Not run by the test suite: the values it prints are written into the tests, each naming its source.
# Needs scikit-learn 1.9.1 (pip install scikit-learn).
# Macro-F1, per-label precision/recall/F1, accuracy and the confusion matrix by scikit-learn 1.9.1.
import json
from sklearn.metrics import f1_score, precision_recall_fscore_support, confusion_matrix, accuracy_score
y_true = ["positive","positive","positive","negative","negative","neutral","neutral","neutral","positive","negative","neutral","positive"]
y_pred = ["positive","negative","positive","negative","(outside)","neutral","positive","neutral","positive","negative","(outside)","neutral"]
labels = ["negative","neutral","positive"]
p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
print(json.dumps({
  "accuracy": accuracy_score(y_true, y_pred),
  "macro_f1": f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0),
  "precision": p.tolist(), "recall": r.tolist(), "f1": f.tolist(), "support": s.tolist(),
  "confusion": confusion_matrix(y_true, y_pred, labels=labels + ["(outside)"]).tolist(),
}, indent=1))
