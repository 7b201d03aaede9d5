"""The explain panel: H(x) = F(x) + x, the shortcut rule and the output-size formula
for whatever is selected."""
