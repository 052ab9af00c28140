#include "training/methodtrainer.h"

namespace anomalens::training {

std::unique_ptr<MethodTrainer> makeMethodTrainer(LoadedModel& model)
{
    if (trainsChannelsLast(model.device))
        setWeightMemoryFormat(model.module(), at::MemoryFormat::ChannelsLast);
    if (isMnad(model.method))
        return makeMnadTrainer(model);
    if (model.method == Method::F2lm)
        return makeF2lmTrainer(model);
    return model.method == Method::Destroyer ? makeDestroyerTrainer(model) : makeFfpTrainer(model);
}

} // namespace anomalens::training
