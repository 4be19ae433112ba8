// Mantine styles of the components only this view uses (the first view carries its own)
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/Progress.css';
import { Alert, Button, Container, Group, Paper, Progress, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Digest } from '../../shared/digest/schema';
import { useI18n } from '../../shared/i18n';
import type { AnalysisFile, AnalysisProgress, FileDiagnostic } from '../../worker/protocol';
import './add-articles.css';
import { startAnalysis, type AnalysisRun } from './analysisClient';
import { ACCEPTED_FILES, addFiles, analysisRequest, diagnosticLine, diagnosticsByFile, fileSize, pastedArticle, progressPercent, removeFile } from './fileList';
import { importMessage } from './importMessage';
import { store, type LocalEntry } from './localStories';
import { useAddText } from './messages';
import { useSaveLocalStory } from './localStoryActions';

interface Props {
  /** Story ids the bundled stories take, so a local story never shadows one. */
  reserved: readonly string[];
  /** The app's digest check (JSON, schema version, schema), the one every loaded digest passes. */
  validate: (text: string, name: string) => Promise<Digest>;
  /** Opens a story of the list. */
  onOpen: (id: string) => void;
  /** Back to the list of stories. */
  onBack: () => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: AnalysisProgress | null }
  | { kind: 'ready'; entry: LocalEntry }
  | { kind: 'message'; text: string };

const readFiles = (list: FileList | null): Promise<AnalysisFile[]> =>
  Promise.all([...(list ?? [])].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

/** Paste or drop articles, analyse them in a worker, keep the story on this device. */
export default function AddArticlesPage({ reserved, validate, onOpen, onBack }: Props) {
  const t = useAddText();
  // the view's name is the header's and the story list's word for it
  const { t: shared } = useI18n();
  const [files, setFiles] = useState<AnalysisFile[]>([]);
  const [title, setTitle] = useState('');
  const [paste, setPaste] = useState({ text: '', outlet: '', title: '' });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [diagnostics, setDiagnostics] = useState<FileDiagnostic[]>([]);
  const [importError, setImportError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const run = useRef<AnalysisRun | null>(null);
  const save = useSaveLocalStory();
  useEffect(() => () => run.current?.cancel(), []);
  // this view keeps what it analyses: the device's store (and idb-keyval) is opened while the
  // reader chooses files, so keeping a story never waits on a download, and an analysis asks
  // for nothing but its worker
  useEffect(() => void store(), []);

  const addChosen = async (list: FileList | null) => {
    const incoming = await readFiles(list);
    setFiles((current) => addFiles(current, incoming));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addChosen(event.dataTransfer.files);
  };
  const addPaste = () => {
    setFiles((current) => [...current, pastedArticle(paste.text, paste, current)]);
    setPaste({ text: '', outlet: '', title: '' });
  };

  const keep = async (text: string, digest: Digest) => {
    try {
      return await save.mutateAsync({ text, digest, reserved });
    } catch (error) {
      setPhase({ kind: 'message', text: t('saveFailed', { message: (error as Error).message }) });
      return null;
    }
  };

  const analyse = async () => {
    setDiagnostics([]);
    setPhase({ kind: 'running', progress: null });
    const current = startAnalysis(analysisRequest(files, title), (progress) => setPhase({ kind: 'running', progress }));
    run.current = current;
    const outcome = await current.outcome;
    run.current = null;
    if (outcome.kind === 'cancelled') return setPhase({ kind: 'message', text: t('cancelled') });
    if (outcome.kind === 'failed') return setPhase({ kind: 'message', text: t('failed', { message: outcome.message }) });
    setDiagnostics(outcome.diagnostics);
    if (!outcome.digest) return setPhase({ kind: 'message', text: t('noDigest') });
    const entry = await keep(outcome.digest, JSON.parse(outcome.digest) as Digest);
    if (!entry) return;
    if (outcome.diagnostics.length === 0) onOpen(entry.id);
    else setPhase({ kind: 'ready', entry });
  };

  const importDigest = async (list: FileList | null) => {
    const file = list?.[0];
    if (!file) return;
    setImportError(null);
    const text = await file.text();
    let digest: Digest;
    try {
      digest = await validate(text, file.name);
    } catch (error) {
      return setImportError(importMessage(error, file.name, t));
    }
    const entry = await keep(text, digest);
    if (entry) onOpen(entry.id);
  };

  const running = phase.kind === 'running';
  const grouped = diagnosticsByFile(files.map((f) => f.name), diagnostics);
  const progress = running ? phase.progress : null;

  return (
    <Container component="main" size="md" py="lg">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1}>{shared('addArticles')}</Title>
          <Button variant="default" onClick={onBack}>
            {t('allStories')}
          </Button>
        </Group>
        <Text>{t('addArticlesIntro')}</Text>
        <TextInput label={t('storyTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} disabled={running} />

        <Paper withBorder p="md" component="section" aria-labelledby="paste-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="paste-heading">
              {t('pasteHeading')}
            </Title>
            <Group grow>
              <TextInput label={t('pasteOutlet')} value={paste.outlet} onChange={(e) => setPaste({ ...paste, outlet: e.currentTarget.value })} disabled={running} />
              <TextInput label={t('pasteTitle')} value={paste.title} onChange={(e) => setPaste({ ...paste, title: e.currentTarget.value })} disabled={running} />
            </Group>
            <Textarea label={t('pasteText')} rows={6} value={paste.text} onChange={(e) => setPaste({ ...paste, text: e.currentTarget.value })} disabled={running} />
            <Button variant="light" w="fit-content" onClick={addPaste} disabled={running || paste.text.trim() === ''}>
              {t('addPasted')}
            </Button>
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="files-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="files-heading">
              {t('filesHeading')}
            </Title>
            <div
              className="add-dropzone"
              data-dragging={dragging || undefined}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <Text size="sm">{t('dropHint')}</Text>
              <label className="add-file-button">
                {t('chooseFiles')}
                <input
                  type="file"
                  multiple
                  accept={ACCEPTED_FILES}
                  className="add-file-input"
                  disabled={running}
                  onChange={(e) => {
                    void addChosen(e.currentTarget.files);
                    e.currentTarget.value = '';
                  }}
                />
              </label>
            </div>
            {files.length === 0 ? (
              <Text c="dimmed">{t('noFiles')}</Text>
            ) : (
              <ul className="add-file-list" aria-label={t('filesHeading')}>
                {files.map((f) => (
                  <li key={f.name} data-testid="add-file">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600} className="add-file-name">
                        {f.name} <Text span size="sm" c="dimmed">({fileSize(f.bytes.length)})</Text>
                      </Text>
                      <Button size="xs" variant="subtle" color="red.8" onClick={() => setFiles((current) => removeFile(current, f.name))} disabled={running} aria-label={t('remove', { name: f.name })}>
                        ✕
                      </Button>
                    </Group>
                    {grouped.byFile.get(f.name)?.map((d, i) => (
                      <Text key={i} size="sm" c={d.level === 'error' ? 'red.8' : 'orange.9'} className="add-diagnostic">
                        {diagnosticLine(d)}
                      </Text>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        </Paper>

        {grouped.story.length > 0 && (
          <Alert color="orange" title={t('storyMessages')}>
            {grouped.story.map((d, i) => (
              <Text key={i} size="sm">
                {diagnosticLine(d)}
              </Text>
            ))}
          </Alert>
        )}

        <Group>
          <Button onClick={() => void analyse()} disabled={running || files.length === 0}>
            {t('analyse')}
          </Button>
          {running && (
            <Button variant="default" onClick={() => run.current?.cancel()}>
              {t('cancel')}
            </Button>
          )}
        </Group>
        {running && (
          <Stack gap={4} aria-live="polite">
            <Progress value={progressPercent(progress)} aria-label={t('analysing')} />
            <Text size="sm">
              {progress === null ? t('analysing') : t(progress.file ? 'progressArticle' : 'progressStory', { file: progress.file ?? '', done: progress.done, total: progress.total })}
            </Text>
          </Stack>
        )}
        {phase.kind === 'message' && <Alert role="status">{phase.text}</Alert>}
        {phase.kind === 'ready' && (
          <Alert color="green" role="status">
            <Group justify="space-between">
              <Text>{t('analysed')}</Text>
              <Button onClick={() => onOpen(phase.entry.id)}>{t('openStory')}</Button>
            </Group>
          </Alert>
        )}

        <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="import-heading">
              {t('importHeading')}
            </Title>
            <Text size="sm">{t('importHint')}</Text>
            <label className="add-file-button">
              {t('importFile')}
              <input
                type="file"
                accept=".json,application/json"
                className="add-file-input"
                onChange={(e) => {
                  void importDigest(e.currentTarget.files);
                  e.currentTarget.value = '';
                }}
              />
            </label>
            {importError && (
              <Alert color="red" role="alert">
                {importError}
              </Alert>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
