// Evaluates entity recognition by k-fold cross-validation on GermEval 2014 dev: model, rules, and both combined.
// Data: GermEval 2014 NER (Benikova et al., LREC 2014), CC-BY 4.0.
import { existsSync, writeFileSync } from 'node:fs';
import { bioSpans, emissions, greedy, viterbi, TAGS, type Model } from '../src/core/entities/tagger';
import { sentenceFeatures } from '../src/core/entities/features';
import { cleanSpans, combine, ruleSpans } from '../src/core/entities/rules';
import { AUGMENT, augment, CRF, emptyScores, LEARNER_DEFAULT, f1, GERMEVAL, readGermEval, readOwnData, score, trainModel, type Scores, type Sentence } from './ner-data';

const K = Number(process.env.NER_FOLDS ?? 5);
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const RUNS = Number(process.env.NER_RUNS ?? 3);
const PRUNE = Number(process.env.NER_PRUNE ?? 0.01);
const O_BIAS = Number(process.env.NER_OBIAS ?? 0);
const AUG_COPIES = Number(process.env.NER_AUG ?? AUGMENT.copies);
const AUG_PROB = Number(process.env.NER_AUG_PROB ?? AUGMENT.prob);
const LEARNER = (process.env.NER_LEARNER ?? LEARNER_DEFAULT) as 'perceptron' | 'crf' | 'both';

/** Experiments: NER_ERRORS=file writes each news sentence's missed (−) and wrong (+) spans for error analysis. */
const ERRORS = process.env.NER_ERRORS;
const errors: string[] = [];

function describeErrors(s: Sentence, pred: { from: number; to: number; type: string }[]): string {
  const text = (x: { from: number; to: number }) => s.words.slice(x.from, x.to).join(' ');
  const same = (a: { from: number; to: number; type: string }, b: { from: number; to: number; type: string }) =>
    a.from === b.from && a.to === b.to && a.type === b.type;
  const ign = s.gold.filter((g) => g.type === 'IGN');
  const out: string[] = [];
  for (const g of s.gold) if (g.type !== 'IGN' && !pred.some((p) => same(p, g))) out.push(`  - ${g.type} ${text(g)} @${g.from}`);
  for (const p of pred) {
    if (ign.some((g) => p.from < g.to && g.from < p.to)) continue;
    if (!s.gold.some((g) => same(p, g))) out.push(`  + ${p.type} ${text(p)} @${p.from}`);
  }
  return out.length ? s.words.join(' ') + '\n' + out.join('\n') : '';
}

function predict(model: Model, s: Sentence, decoder: 'viterbi' | 'greedy') {
  const em = emissions(model, sentenceFeatures(s.words));
  const path = (decoder === 'viterbi' ? viterbi : greedy)(em, s.words.length, model.trans);
  return bioSpans(path.map((t) => TAGS[t]));
}

function main(): void {
  if (!existsSync(GERMEVAL)) {
    console.log(`eval:ner skipped: ${GERMEVAL} not found (the GermEval data lives outside the repository).`);
    return;
  }
  const t0 = Date.now();
  const all = readGermEval();
  const own = process.env.NER_NO_OWN ? [] : readOwnData(undefined, { templates: !process.env.NER_NO_TEMPLATES });
  // Experiments: GermEval training sentences repeated this many times (in-domain weight).
  const geWeight = Number(process.env.NER_GE_WEIGHT ?? 1);
  const systems = ['model (viterbi)', 'model (greedy)', 'model + clean-up', 'rules only', 'model + clean-up + rules'] as const;
  const news: Record<string, Scores> = {};
  const every: Record<string, Scores> = {};
  for (const s of systems) {
    news[s] = emptyScores();
    every[s] = emptyScores();
  }
  for (let k = 0; k < K; k++) {
    const ge = all.filter((_, i) => i % K !== k);
    const base = [...Array.from({ length: geWeight }, () => ge).flat(), ...own];
    const trainSet = AUG_COPIES ? [...base, ...augment(base, AUG_COPIES, AUG_PROB, AUGMENT.seed)] : base;
    const { model } = trainModel(trainSet, { epochs: EPOCHS, seed: Number(process.env.NER_SEED ?? 1), runs: RUNS, oBias: O_BIAS, learner: LEARNER, c2: Number(process.env.NER_C2 ?? CRF.c2), eta: Number(process.env.NER_ETA ?? CRF.eta), crfEpochs: Number(process.env.NER_CRF_EPOCHS ?? CRF.epochs), mix: Number(process.env.NER_MIX ?? CRF.share) }, PRUNE);
    all.forEach((s, i) => {
      if (i % K !== k) return;
      const mv = predict(model, s, 'viterbi');
      const preds: Record<string, ReturnType<typeof predict>> = {
        'model (viterbi)': mv,
        'model (greedy)': predict(model, s, 'greedy'),
        'model + clean-up': cleanSpans(s.words, mv),
        'rules only': ruleSpans(s.words),
        'model + clean-up + rules': combine(cleanSpans(s.words, mv), ruleSpans(s.words), s.words),
      };
      if (ERRORS && s.news) errors.push(describeErrors(s, preds['model + clean-up + rules']));
      for (const sys of systems) {
        score(every[sys], s.gold, preds[sys]);
        if (s.news) score(news[sys], s.gold, preds[sys]);
      }
    });
    process.stderr.write(`fold ${k + 1}/${K} done\n`);
  }
  const fmt = (x: number) => x.toFixed(3);
  console.log(`\nStrict F1 (outer PER/LOC/ORG spans, exact boundaries and type), ${K}-fold CV on GermEval 2014 dev`);
  console.log(`(${all.length} sentences, ${all.filter((s) => s.news).length} news; own training sentences: ${own.length}; ${EPOCHS} epochs)\n`);
  console.log('| system | news P | news R | news F1 | all F1 | PER F1 (news) | LOC F1 (news) | ORG F1 (news) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const sys of systems) {
    const n = f1(news[sys].ALL);
    console.log(
      `| ${sys} | ${fmt(n.p)} | ${fmt(n.r)} | ${fmt(n.f)} | ${fmt(f1(every[sys].ALL).f)} | ` +
        `${fmt(f1(news[sys].PER).f)} | ${fmt(f1(news[sys].LOC).f)} | ${fmt(f1(news[sys].ORG).f)} |`,
    );
  }
  if (ERRORS) writeFileSync(ERRORS, errors.filter(Boolean).join('\n'));
  console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
