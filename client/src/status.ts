// The language status item ("{}" in the status bar for Markdown, plain text and memos):
// how many facts are loaded, the as-of date of the active document and where it came
// from, and fact-file errors. Fed by the server's `tariffLens/status` notification.
import * as vscode from 'vscode';
import type { DocumentStatus, StatusParams } from '../../server/src/protocol';

export const STATUS_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'plaintext' },
  { language: 'trade-memo' },
];

const AS_OF_SOURCES: Record<string, string> = {
  'front-matter': 'the front matter',
  header: 'the memo header',
  dateline: 'the dateline',
  directive: 'an as-of directive',
  option: 'the tariffLens.asOf setting',
  today: 'today (the document gives no date)',
};

/** What the status item shows, read back from the item itself. */
export interface StatusView {
  text: string;
  detail: string;
  severity: 'information' | 'warning' | 'error';
  busy: boolean;
}

export class FactStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private last: StatusParams | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `uriKey` turns a document URI into the key the server uses in `documents`. */
  constructor(private readonly uriKey: (uri: vscode.Uri) => string) {
    this.item = vscode.languages.createLanguageStatusItem('tariffLens.status', STATUS_SELECTOR);
    this.item.name = 'Tariff Lens';
    this.item.text = 'Loading facts…';
    this.item.busy = true;
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
  }

  update(params: StatusParams): void {
    this.last = params;
    this.render();
  }

  view(): StatusView {
    const severity = this.item.severity === vscode.LanguageStatusSeverity.Error ? 'error'
      : this.item.severity === vscode.LanguageStatusSeverity.Warning ? 'warning' : 'information';
    return { text: this.item.text, detail: this.item.detail ?? '', severity, busy: this.item.busy };
  }

  private render(): void {
    const status = this.last;
    if (!status) return;
    const item = this.item;
    item.busy = false;

    const facts = `${status.factCount} ${status.factCount === 1 ? 'fact' : 'facts'}`;
    const errors = status.factFileErrors;
    const editor = vscode.window.activeTextEditor;
    const doc = editor ? status.documents[this.uriKey(editor.document.uri)] : undefined;

    const text = [facts];
    if (errors > 0) text.push(`${errors} fact-file ${errors === 1 ? 'error' : 'errors'}`);
    if (doc?.timedOut) text.push('check stopped (time limit)');
    else if (doc) text.push(`as of ${doc.asOf}`);
    if (doc?.truncated && !doc.timedOut) text.push(`first ${count(doc.truncated.checked)} of ${count(doc.truncated.total)} characters checked`);
    item.text = text.join(' · ');
    item.detail = detailOf(doc, status);
    // A limit hit or a fact file left unread is never silent.
    const limited = doc?.timedOut || doc?.truncated || status.ignoredFactFiles?.length;

    if (errors > 0) {
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
    } else if (limited) {
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { title: 'Open settings', command: 'workbench.action.openSettings', arguments: ['tariffLens'] };
    } else {
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Reload facts', command: 'tariffLens.reloadFacts' };
    }
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

const count = (n: number) => n.toLocaleString('en');

function detailOf(doc: DocumentStatus | undefined, status: StatusParams): string {
  const parts: string[] = [];
  if (doc?.timedOut) parts.push(`checking this version took over ${count(doc.timedOut.limitMs)} ms (tariffLens.checkTimeLimit) and was stopped: no claims are shown`);
  else if (doc) {
    parts.push(`date from ${AS_OF_SOURCES[doc.asOfSource] ?? doc.asOfSource}`);
    const claims = `${doc.claims} ${doc.claims === 1 ? 'claim' : 'claims'}`;
    parts.push(doc.problems > 0 ? `${claims}, ${doc.problems} ${doc.problems === 1 ? 'problem' : 'problems'}` : claims);
  }
  if (doc?.truncated && !doc.timedOut) {
    parts.push(`checked the first ${count(doc.truncated.checked)} of ${count(doc.truncated.total)} characters (tariffLens.maxDocumentSize is ${count(doc.truncated.limit)})`);
  }
  const ignored = status.ignoredFactFiles?.length ?? 0;
  if (ignored) parts.push(`${ignored} fact ${ignored === 1 ? 'file' : 'files'} outside the workspace not read: the workspace is not trusted`);
  if (status.builtinReviewed) parts.push(`built-in facts reviewed ${status.builtinReviewed}`);
  return parts.join(' · ');
}
