// German function words and very frequent lower-case words, so features can tell grammar from names.

/** Articles, pronouns, prepositions, conjunctions, auxiliaries and frequent adverbs, lower case. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen ' +
    'ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch ihnen sich man jemand niemand ' +
    'mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen ' +
    'ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren euer eure ' +
    'dieser diese dieses diesem diesen jener jene jenes jenem jenen welcher welche welches welchem welchen ' +
    'alle aller alles allem allen jeder jede jedes jedem jeden manche mancher manches viele vielen wenige ' +
    'einige einiger einigen mehrere mehreren beide beiden andere anderen anderer anderes ' +
    'in im ins an am ans auf aus bei beim mit nach seit von vom zu zum zur über unter vor hinter neben ' +
    'zwischen durch für gegen ohne um bis ab laut gemäß trotz wegen während statt innerhalb außerhalb ' +
    'oberhalb unterhalb entlang seitens nahe binnen dank angesichts infolge zufolge ' +
    'und oder aber sondern denn doch sowie als wie wenn weil dass ob obwohl damit sodass bevor nachdem ' +
    'falls sobald solange während wobei weshalb warum wo wer was wann wie woher wohin ' +
    'nicht nur auch noch schon bereits erst sehr mehr weniger meist fast kaum etwa rund knapp ' +
    'ist sind war waren bin bist seid sei seien wäre wären gewesen hat haben hatte hatten habe hätte ' +
    'hätten gehabt wird werden wurde wurden worden würde würden kann können konnte konnten könne könnte ' +
    'muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte ' +
    'mag möchte möchten sagte sagt sagten erklärte teilte mitteilte berichtete hieß heißt gibt gab ' +
    'hier dort da dann nun jetzt heute gestern morgen bald immer nie oft wieder zudem außerdem jedoch ' +
    'allerdings bislang bisher inzwischen zuletzt zunächst später früher derzeit dabei dazu davon darauf ' +
    'daran darüber damit deshalb daher dennoch trotzdem ebenfalls offenbar angeblich mutmaßlich ' +
    'neue neuen neuer neues alte alten großen große großer kleine kleinen erste ersten zweite letzte letzten ' +
    'weitere weiteren eigenen ganz gut viel so zu'
  ).split(/\s+/),
);

export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(w.toLowerCase());
}
