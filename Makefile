# Set-up and common jobs. Everything installs into a local virtualenv (.venv) on first use.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-all demo eval signals bench load clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)          ## start the service on SQLite with demo history; prints the review console's address and a reviewer key
	$(VENV)/bin/guard serve --demo

test: $(STAMP)         ## run the test suite (PostgreSQL tests only with GUARD_TEST_POSTGRES_URL)
	$(PY) -m pytest -q -p no:cacheprovider

test-all: $(STAMP)     ## the test suite with a throwaway PostgreSQL server (installs one if missing)
	GUARD_TEST_POSTGRES_URL="$$(bash .ci/postgres.sh)" $(PY) -m pytest -q -p no:cacheprovider

demo: $(STAMP)         ## replay the sample conversations
	$(VENV)/bin/guard demo

eval: $(STAMP)         ## accuracy on every corpus but the hold-outs (measured once, by hand)
	$(VENV)/bin/guard eval samples/pii_dev.jsonl
	$(VENV)/bin/guard eval samples/pii_address_dev/pii_address_dev.jsonl
	$(VENV)/bin/guard eval samples/fraud_dev.jsonl
	$(VENV)/bin/guard eval samples/fraud_holdout.jsonl
	for n in 2 3 4 5 6; do $(VENV)/bin/guard eval samples/fraud_holdout$${n}_scam.jsonl samples/fraud_holdout$${n}_genuine.jsonl || exit 1; done
	for c in samples/sol_w*/ samples/holdout_w09/ samples/holdout_w10/ samples/holdout_w16/ samples/holdout_w17/ samples/holdout_w22/ samples/holdout_w23/; do $(VENV)/bin/guard eval $$c*.jsonl || exit 1; done

signals: $(STAMP)      ## retrain policies/signal_model.json: train corpora, calibrated on the validation ones
	$(PY) -m pip install -q -e ".[train]"
	$(VENV)/bin/guard train-signals samples/fraud_dev.jsonl samples/fraud_holdout.jsonl samples/fraud_holdout[2-6]_*.jsonl \
	    samples/sol_w01/*.jsonl samples/sol_w02/*.jsonl samples/sol_w03/*.jsonl samples/sol_w05/*.jsonl \
	    samples/sol_w06/*.jsonl samples/sol_w08/*.jsonl samples/sol_w1[1-9]/*.jsonl samples/sol_w2[01]/*.jsonl samples/holdout_w09/*.jsonl samples/holdout_w10/*.jsonl \
	    --validation samples/sol_w04/*.jsonl samples/sol_w07/*.jsonl samples/holdout_w1[67]/*.jsonl samples/holdout_w2[23]/*.jsonl -o policies/signal_model.json

bench: $(STAMP)        ## in-process speed: Guard.inspect vs bare Presidio
	$(PY) benchmarks/inspect_speed.py

load: $(STAMP)         ## HTTP load test on loopback
	$(PY) benchmarks/load.py

clean:
	rm -rf $(VENV) var build *.egg-info
