// Entry point of the language server process (stdio with --stdio, IPC with --node-ipc, chosen by vscode-languageserver).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
