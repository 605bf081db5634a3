"""Sample conversations (shipped, for `guard demo`) and the labelled development corpora."""
