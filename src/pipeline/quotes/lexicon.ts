import speech from '../../../data/lexicon/speech.json';
import { lowerSet as lower } from '../language/id';

/** Words that attribute speech (see data/lexicon/speech.json). */
export const speechWords = {
  afterVerbs: lower(speech.afterVerbs),
  backReferences: lower(speech.backReferences),
  reportingVerbs: lower(speech.reportingVerbs),
  passiveVerbs: lower(speech.passiveVerbs),
  according: lower(speech.according),
  complementizers: lower(speech.complementizers),
  pronouns: lower(speech.pronouns),
  speakerStops: lower(speech.speakerStops),
  subjectFillers: lower(speech.subjectFillers),
  timePrepositions: lower(speech.timePrepositions),
  occasionPrepositions: lower(speech.occasionPrepositions),
  groupPronouns: lower(speech.groupPronouns),
  refusals: lower(speech.refusals),
  describedSpeakerWords: lower(speech.describedSpeakerWords),
  idiomFollowers: lower(speech.idiomFollowers),
  describedSubjects: lower(speech.describedSubjects),
  subjectQuantifiers: lower(speech.subjectQuantifiers),
};
